package org.aidnews.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language (Chinese first, ?lang=en to switch, remembered in a cookie), CORS and security headers. */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("aidnews-lang");
    // Chinese unless the reader chose otherwise: the browser's Accept-Language is not consulted,
    // so a journalist on an English browser still gets the Chinese portal first.
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang);
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    // Public, read-only, no credentials: any site may call the API and read the feeds.
    registry.addMapping("/api/**").allowedOrigins("*").allowedMethods("GET").allowCredentials(false);
    registry.addMapping("/feed/**").allowedOrigins("*").allowedMethods("GET").exposedHeaders("ETag", "Last-Modified")
        .allowCredentials(false);
  }

  @Bean
  OncePerRequestFilter securityHeaders() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        applySecurityHeaders(response);
        chain.doFilter(request, response);
      }
    };
  }

  /**
   * The security headers every answer carries. Static so the answers written outside Spring MVC
   * (a malformed request refused by {@link MalformedRequestFilter}, or by Tomcat itself before any
   * filter runs, see {@link ProblemErrorReportValve}) carry the very same ones.
   */
  static void applySecurityHeaders(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
  }
}
