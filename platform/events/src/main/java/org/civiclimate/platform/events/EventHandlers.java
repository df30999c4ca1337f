package org.civiclimate.platform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/** The {@link OnCloudEvent} methods of the application's beans, by event type. */
final class EventHandlers implements BeanPostProcessor {

    private final Map<String, List<Handler>> byType = new LinkedHashMap<>();

    /** One handler method; takes the data, and optionally the metadata after it. */
    record Handler(Object bean, Method method, Class<?> dataType, boolean wantsMetadata) {

        void invoke(Object data, InboundEvent metadata) throws Exception {
            try {
                if (wantsMetadata) {
                    method.invoke(bean, data, metadata);
                } else {
                    method.invoke(bean, data);
                }
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }

        String name() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        ReflectionUtils.doWithMethods(type, method -> {
            var annotation = AnnotatedElementUtils.findMergedAnnotation(method, OnCloudEvent.class);
            if (annotation == null) {
                return;
            }
            var parameters = method.getParameterTypes();
            boolean valid = parameters.length == 1 || (parameters.length == 2 && parameters[1] == InboundEvent.class);
            if (!valid) {
                throw new IllegalStateException("@OnCloudEvent method " + method
                        + " must take the event data, optionally followed by InboundEvent");
            }
            ReflectionUtils.makeAccessible(method);
            // The method is invoked on the bean as exposed (a proxy, if any), so @Transactional etc. still apply.
            Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
            synchronized (byType) {
                byType.computeIfAbsent(annotation.value(), _ -> new ArrayList<>())
                        .add(new Handler(bean, invocable, parameters[0], parameters.length == 2));
            }
        });
        return bean;
    }

    List<Handler> forType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    Set<String> types() {
        return byType.keySet();
    }
}
