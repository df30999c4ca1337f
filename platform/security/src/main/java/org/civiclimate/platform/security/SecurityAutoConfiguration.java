package org.civiclimate.platform.security;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes the application an OAuth2 resource server that trusts only Keycloak tokens of the configured issuer, meant for
 * this application (audience), unexpired, with a valid signature. Keys are fetched on first use, so the application
 * starts while Keycloak is still starting.
 */
@AutoConfiguration(
        beforeName = {
            "org.civiclimate.platform.tenancy.TenancyAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration"
        })
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityAutoConfiguration {

    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /**
     * The one algorithm accepted, Keycloak's default: never {@code none}, never an HMAC whose secret an attacker could
     * take from the realm's public key, whatever the token's header claims.
     */
    static final SignatureAlgorithm SIGNATURE = SignatureAlgorithm.RS256;

    /** The issuer; looked up when the first token arrives, so slice tests that never decode one need none. */
    static String issuer(Environment environment) {
        String issuer = environment.getProperty(ISSUER, "");
        if (issuer.isBlank()) {
            throw new IllegalStateException(ISSUER + " must name the Keycloak realm that issues tokens");
        }
        return issuer;
    }

    /** The caller is resolved from the token, never sent: the API documents must not ask clients for it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SpringDocUtils.class)
    static class CallerIsNoParameter {

        CallerIsNoParameter() {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ServletSecurity {

        @Bean
        @ConditionalOnMissingBean
        JwtDecoder jwtDecoder(Environment environment, SecurityProperties properties) {
            return new SupplierJwtDecoder(() -> {
                String issuer = issuer(environment);
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
                        .jwsAlgorithm(SIGNATURE)
                        .build();
                decoder.setJwtValidator(JwtValidation.validator(issuer, properties));
                return decoder;
            });
        }

        @Bean
        @ConditionalOnMissingBean(SecurityFilterChain.class)
        SecurityFilterChain civiclimateSecurityFilterChain(HttpSecurity http, SecurityProperties properties)
                throws Exception {
            var problems = new ProblemSecurityHandlers();
            String[] publicPaths = properties.publicPaths().toArray(String[]::new);
            String[] protectedPaths = properties.protectedPaths().toArray(String[]::new);
            http.csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS, "/**")
                            .permitAll()
                            .requestMatchers(publicPaths)
                            .permitAll()
                            // The rest of actuator (parked events, ...) is for the people who run the platform.
                            .requestMatchers("/actuator/**")
                            .access((authentication, _) -> new AuthorizationDecision(authentication.get() != null
                                    && authentication.get().getPrincipal() instanceof Jwt token
                                    && Caller.of(token).isOperator()))
                            .requestMatchers(protectedPaths)
                            .authenticated()
                            .anyRequest()
                            .permitAll())
                    .oauth2ResourceServer(server -> server.jwt(jwt -> {})
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems))
                    .exceptionHandling(exceptions ->
                            exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
            return http.build();
        }

        @Bean
        WebMvcConfigurer callerArgument() {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(new CallerArgumentResolver());
                }
            };
        }

        @Bean
        AccessDeniedAdvice accessDeniedAdvice() {
            return new AccessDeniedAdvice();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.civiclimate.platform.tenancy.CurrentUser")
    static class CallerAsCurrentUser {

        @Bean
        TokenSubject currentUser() {
            return new TokenSubject();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class ReactiveSecurity {

        @Bean
        @ConditionalOnMissingBean
        ReactiveJwtDecoder reactiveJwtDecoder(Environment environment, SecurityProperties properties) {
            return new SupplierReactiveJwtDecoder(() -> {
                String issuer = issuer(environment);
                NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer)
                        .jwsAlgorithm(SIGNATURE)
                        .build();
                decoder.setJwtValidator(JwtValidation.validator(issuer, properties));
                return decoder;
            });
        }

        @Bean
        @ConditionalOnMissingBean(SecurityWebFilterChain.class)
        SecurityWebFilterChain civiclimateSecurityWebFilterChain(
                ServerHttpSecurity http,
                SecurityProperties properties,
                ObjectProvider<ReactiveSecurityCustomizer> customizers) {
            var problems = new ReactiveProblemSecurityHandlers();
            String[] publicPaths = properties.publicPaths().toArray(String[]::new);
            String[] protectedPaths = properties.protectedPaths().toArray(String[]::new);
            customizers.orderedStream().forEach(customizer -> customizer.customize(http));
            return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                    .authorizeExchange(exchanges -> exchanges
                            .pathMatchers(HttpMethod.OPTIONS, "/**")
                            .permitAll()
                            .pathMatchers(publicPaths)
                            .permitAll()
                            .pathMatchers(protectedPaths)
                            .authenticated()
                            .anyExchange()
                            .permitAll())
                    .oauth2ResourceServer(server -> server.jwt(jwt -> {})
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems))
                    .exceptionHandling(exceptions ->
                            exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                    .build();
        }
    }
}
