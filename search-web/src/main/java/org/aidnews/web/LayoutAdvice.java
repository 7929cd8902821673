package org.aidnews.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** Model attributes every page's layout needs: the language switch link and the page language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class LayoutAdvice {
  @ModelAttribute("langHref")
  String langHref(HttpServletRequest request) {
    boolean english = isEnglish(request);
    String query = request.getQueryString();
    return UriComponentsBuilder.fromPath(request.getRequestURI()).query(query)
        .replaceQueryParam("lang", english ? "zh" : "en").build().toUriString();
  }

  @ModelAttribute("htmlLang")
  String htmlLang(HttpServletRequest request) {
    return isEnglish(request) ? "en" : "zh-CN";
  }

  private static boolean isEnglish(HttpServletRequest request) {
    Locale locale = RequestContextUtils.getLocale(request);
    return "en".equals(locale.getLanguage());
  }
}
