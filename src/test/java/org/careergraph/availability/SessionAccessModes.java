package org.careergraph.availability;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Records the access mode of every session the application opens, so a test can see reads
 * go to readers.
 */
class SessionAccessModes implements BeanPostProcessor {

    private final Queue<AccessMode> opened = new ConcurrentLinkedQueue<>();

    List<AccessMode> since(Runnable action) {
        opened.clear();
        action.run();
        return List.copyOf(opened);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof Driver)) {
            return bean;
        }
        return Proxy.newProxyInstance(getClass().getClassLoader(), ClassUtils.getAllInterfaces(bean),
                (proxy, method, args) -> {
                    if (method.getName().equals("session")) {
                        SessionConfig config = args == null ? null
                                : List.of(args)
                                    .stream()
                                    .filter(SessionConfig.class::isInstance)
                                    .map(SessionConfig.class::cast)
                                    .findFirst()
                                    .orElse(null);
                        opened.add(config == null ? AccessMode.WRITE : config.defaultAccessMode());
                    }
                    try {
                        return method.invoke(bean, args);
                    }
                    catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

}
