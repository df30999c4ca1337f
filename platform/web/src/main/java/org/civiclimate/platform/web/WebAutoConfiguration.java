package org.civiclimate.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers request ids, access logging, the body size limit (servlet side) and problem+json for whichever web stack the application runs. */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration"
        })
class WebAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @EnableConfigurationProperties(WebProperties.class)
    static class ServletConfiguration {

        @Bean
        FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
            var registration = new FilterRegistrationBean<>(new RequestIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(WebProperties properties) {
            var registration = new FilterRegistrationBean<>(new RequestSizeFilter(properties));
            // Right after the request id, before security: an oversized body is refused before anyone reads it.
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }

        @Bean
        ProblemExceptionHandler problemExceptionHandler() {
            return new ProblemExceptionHandler();
        }

        @Bean
        ProblemErrorController problemErrorController() {
            return new ProblemErrorController();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class ReactiveConfiguration {

        @Bean
        ReactiveRequestIdFilter reactiveRequestIdFilter() {
            return new ReactiveRequestIdFilter();
        }

        @Bean
        ReactiveProblemHandler reactiveProblemHandler() {
            return new ReactiveProblemHandler();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RestClientCustomizer.class)
    static class RestClientConfiguration {

        @Bean
        RestClientCustomizer requestIdPropagation() {
            return builder -> builder.requestInterceptor(new RequestIdPropagation());
        }
    }
}
