/**
 * The command line: picocli commands that turn flags and the environment into options, call one
 * stage entry point and print the result. No business logic; the only place that reads the
 * clock, the environment and calls {@code System.exit}.
 */
package dev.trustcenter.cli;
