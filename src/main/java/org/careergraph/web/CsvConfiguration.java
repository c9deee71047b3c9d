package org.careergraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds CSV as a second form of the answers that are tables. Appended after JSON, so that
 * a client asking for anything ({@code *}{@code /*}) still gets JSON; remembered answers
 * get their JSON written once, ahead of Jackson's own converter.
 */
@Configuration(proxyBeanMethods = false)
class CsvConfiguration implements WebMvcConfigurer {

    private final CsvProperties properties;

    private final ObjectMapper json;

    CsvConfiguration(CsvProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new RememberedJsonConverter(json));
        converters.add(new CsvMessageConverter(properties));
    }

}
