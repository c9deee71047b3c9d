package org.careergraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the questions that read the graph (not the page, its files, or HR's writes) behind
 * the load limit.
 */
@Configuration(proxyBeanMethods = false)
class LoadLimitConfiguration {

    @Bean
    FilterRegistrationBean<LoadLimitFilter> loadLimit(LoadLimitProperties properties, ObjectMapper json) {
        FilterRegistrationBean<LoadLimitFilter> registration = new FilterRegistrationBean<>(
                new LoadLimitFilter(properties, json));
        registration.addUrlPatterns("/api/routes", "/api/classes", "/api/classes/*", "/api/graph/*", "/api/pipeline/*");
        registration.setName("loadLimit");
        return registration;
    }

}
