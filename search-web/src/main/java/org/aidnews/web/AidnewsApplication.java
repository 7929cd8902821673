package org.aidnews.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The portal's front door. Run with {@code ./aidnews serve [--index DIR] [--port N]}, or
 * {@code java -cp ... org.aidnews.web.AidnewsApplication --aidnews.index=data/index --server.port=8080}.
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class AidnewsApplication {
  public static void main(String[] args) {
    SpringApplication.run(AidnewsApplication.class, args);
  }
}
