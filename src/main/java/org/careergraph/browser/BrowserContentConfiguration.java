package org.careergraph.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the Neo4j Browser style and guide from {@code cypher/browser/} at
 * {@code /browser/}, with CORS (preflight included) so that Neo4j Browser, which runs on
 * the database's own port, may fetch them.
 */
@Configuration(proxyBeanMethods = false)
class BrowserContentConfiguration implements WebMvcConfigurer {

    static final String PATH = "/browser/";

    private final BrowserContentProperties properties;

    BrowserContentConfiguration(BrowserContentProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**").addResourceLocations("classpath:/cypher/browser/");
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(PATH + "**")
            .allowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new))
            .allowedMethods("GET", "HEAD", "OPTIONS")
            .allowedHeaders("*")
            .maxAge(3600);
    }

}
