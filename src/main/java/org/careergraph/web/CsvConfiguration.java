package org.careergraph.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds CSV as a second form of the answers that are tables. Appended after JSON, so that
 * a client asking for anything ({@code *}{@code /*}) still gets JSON.
 */
@Configuration(proxyBeanMethods = false)
class CsvConfiguration implements WebMvcConfigurer {

    private final CsvProperties properties;

    CsvConfiguration(CsvProperties properties) {
        this.properties = properties;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvMessageConverter(properties));
    }

}
