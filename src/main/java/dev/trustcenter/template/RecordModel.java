package dev.trustcenter.template;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A view record as FreeMarker's own model of it ({@code GenericObjectModel}: printing, methods,
 * {@code ?keys}), except that a component is read through an accessor found once per class and
 * wrapped once per model. FreeMarker's model looks the class up in a shared cache, calls the
 * accessor reflectively and wraps the value again on every read, and a page reads its view's
 * components dozens of times: that was about a quarter of the time spent in templates.
 */
final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {

    /** A class's components, or null for a class this model does not stand in for. */
    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            return Components.of(type);
        }
    };

    /** Marks a component not read yet: a read one may be null, as FreeMarker wraps null. */
    private static final TemplateModel UNREAD = new TemplateModel() {
    };

    private final Components components;
    private TemplateModel[] values;

    private RecordModel(Object record, BeansWrapper wrapper, Components components) {
        super(record, wrapper);
        this.components = components;
    }

    /** The model of {@code object}, or null when FreeMarker's own model should be used. */
    static RecordModel of(Object object, BeansWrapper wrapper) {
        Components components = COMPONENTS.get(object.getClass());
        return components == null ? null : new RecordModel(object, wrapper, components);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Integer index = components.indexes.get(key);
        if (index == null) {
            return super.get(key);
        }
        if (values == null) {
            values = new TemplateModel[components.accessors.length];
            Arrays.fill(values, UNREAD);
        }
        TemplateModel value = values[index];
        if (value == UNREAD) {
            value = wrap(components.read(object, index, key));
            values[index] = value;
        }
        return value;
    }

    /** Public, as in FreeMarker's own record model, so that {@code page.title()} is read as a call. */
    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return super.getBeforeMethodCall(key);
    }

    private record Components(Map<String, Integer> indexes, Function<Object, Object>[] accessors) {

        /**
         * Only public records, whose accessors FreeMarker reads as properties; a record with an
         * interface (FreeMarker treats some, such as collections, specially) keeps FreeMarker's model.
         */
        static Components of(Class<?> type) {
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || type.getInterfaces().length > 0) {
                return null;
            }
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> indexes = new HashMap<>();
            @SuppressWarnings("unchecked")
            Function<Object, Object>[] accessors = new Function[components.length];
            for (int i = 0; i < components.length; i++) {
                indexes.put(components[i].getName(), i);
                accessors[i] = accessor(type, components[i].getAccessor());
                if (accessors[i] == null) {
                    return null;
                }
            }
            return new Components(indexes, accessors);
        }

        /**
         * The accessor as a function, which the JIT calls as it calls a lambda: reflection, and a
         * method handle held in a field, cost more per read. Null when it cannot be made (an
         * accessor the public lookup cannot reach): the record then keeps FreeMarker's model.
         */
        @SuppressWarnings("unchecked")
        private static Function<Object, Object> accessor(Class<?> type, Method method) {
            try {
                MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
                Class<?> returned = MethodType.methodType(method.getReturnType()).wrap().returnType();
                return (Function<Object, Object>) LambdaMetafactory.metafactory(MethodHandles.lookup(), "apply",
                        MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
                        MethodType.methodType(returned, type)).getTarget().invokeExact();
            } catch (Throwable e) {
                return null;
            }
        }

        Object read(Object record, int index, String name) throws TemplateModelException {
            try {
                return accessors[index].apply(record);
            } catch (RuntimeException e) {
                throw new TemplateModelException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
            }
        }
    }
}
