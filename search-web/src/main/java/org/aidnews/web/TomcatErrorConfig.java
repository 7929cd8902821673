package org.aidnews.web;

import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Malformed requests end in a clean 400 problem+json with the security headers, logged at most as
 * one DEBUG line: parameters that cannot be decoded are refused by {@link MalformedRequestFilter},
 * requests Tomcat refuses before the application by {@link ProblemErrorReportValve}.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorConfig {
  /** Tomcat logs the first unparseable request line or header at INFO with a stack trace (later ones at DEBUG). */
  static final String HTTP11_PROCESSOR = "org.apache.coyote.http11.Http11Processor";

  @Bean
  FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter() {
    FilterRegistrationBean<MalformedRequestFilter> bean = new FilterRegistrationBean<>(new MalformedRequestFilter());
    bean.setOrder(MalformedRequestFilter.ORDER);
    return bean;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(Environment env) {
    // A malformed request is the caller's business: keep Tomcat's one-off INFO stack trace out of
    // the log unless the operator chose a level for that logger.
    if (!env.containsProperty("logging.level." + HTTP11_PROCESSOR)) {
      LoggingSystem.get(TomcatErrorConfig.class.getClassLoader()).setLogLevel(HTTP11_PROCESSOR, LogLevel.WARN);
    }
    return factory -> factory.addContextCustomizers(context -> {
      Container parent = context.getParent();
      if (parent instanceof StandardHost host) {
        // The host adds its error valve when it starts unless one of errorReportValveClass is in its
        // pipeline; Spring Boot adds a plain ErrorReportValve from a customizer of its own, in an
        // order we do not control. So swap them when the host starts, after every customizer ran.
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        host.addLifecycleListener(event -> {
          if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
            for (Valve v : host.getPipeline().getValves()) {
              if (v instanceof ErrorReportValve && !(v instanceof ProblemErrorReportValve)) {
                host.getPipeline().removeValve(v);
              }
            }
          }
        });
      }
    });
  }
}
