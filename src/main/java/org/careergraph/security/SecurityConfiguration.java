package org.careergraph.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Protects every write (imports, edits, headcounts) behind a sign-in with the HR role,
 * while reads, including the computing-only projection, stay open unless configured
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

    static final String PRODUCTION_PROFILE = "prod";

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessProperties access, AccessProblems problems) throws Exception {
        http
            // The JSON API is stateless and authenticates every request with HTTP Basic:
            // no session cookie
            // for a forged form to ride on, so CSRF tokens protect nothing there.
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .httpBasic(basic -> basic.realmName(AccessProblems.REALM).authenticationEntryPoint(problems))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .authorizeHttpRequests(requests -> {
                // the API description and Swagger UI stay open even where reads need a
                // sign-in
                requests.requestMatchers("/error", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
                // load balancers read the status without signing in; details need a
                // sign-in (application.yml)
                requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
                // The page itself holds no data: it loads, then asks for a sign-in when
                // reads need one.
                requests.requestMatchers(pageAssets()).permitAll();
                var reads = requests.requestMatchers(reads());
                if (access.readsOpen()) {
                    reads.permitAll();
                }
                else {
                    reads.authenticated();
                }
                requests.anyRequest().hasRole(AccessProperties.WRITER_ROLE);
            });
        return http.build();
    }

    /**
     * Requests that only read: every GET, HEAD and OPTIONS, and the projection, which
     * computes without writing.
     */
    static RequestMatcher reads() {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(path.matcher(HttpMethod.GET, "/**"), path.matcher(HttpMethod.HEAD, "/**"),
                path.matcher(HttpMethod.OPTIONS, "/**"), path.matcher(HttpMethod.POST, "/api/pipeline/projection"));
    }

    /**
     * The explorer page, its scripts and styles, and the Neo4j Browser style and guide:
     * no data in them.
     */
    static RequestMatcher pageAssets() {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(path.matcher(HttpMethod.GET, "/"), path.matcher(HttpMethod.GET, "/index.html"),
                path.matcher(HttpMethod.GET, "/explorer.css"), path.matcher(HttpMethod.GET, "/js/**"),
                path.matcher(HttpMethod.GET, "/webjars/**"), path.matcher(HttpMethod.GET, "/browser/**"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager users(AccessProperties access, Environment environment) {
        return AccessUsers.from(access, environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE)));
    }

}
