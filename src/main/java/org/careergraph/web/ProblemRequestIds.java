package org.careergraph.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Stamps the request id on every problem detail the web layer answers, whichever handler
 * built it (Spring's own included), and hands the problem to {@link RequestIdFilter} for
 * the request's log line.
 */
@ControllerAdvice
class ProblemRequestIds implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            Problems.withRequestId(problem);
            if (request instanceof ServletServerHttpRequest servlet) {
                servlet.getServletRequest().setAttribute(RequestIdFilter.PROBLEM_ATTRIBUTE, problem);
            }
        }
        return body;
    }

}
