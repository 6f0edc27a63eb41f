package dev.trustcenter.view;

import java.util.List;

/** A home-page group of policies. */
public record CategoryView(String name, List<PolicySummaryView> policies) {

    public CategoryView {
        policies = List.copyOf(policies);
    }
}
