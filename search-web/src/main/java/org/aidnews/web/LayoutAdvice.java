package org.aidnews.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aidnews.indexer.model.Party;
import org.aidnews.web.agreement.SigningDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Model attributes every page's layout needs: the language switch link, the page language, and
 * {@code signingDates} so that every page showing an agreement marks inferred signing dates alike.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class LayoutAdvice {
  /** Templates call {@code ${signingDates.of(date, dateText)}}: instance methods, as Thymeleaf forbids T(...). */
  public static final class SigningDates {
    public SigningDate of(LocalDate date, String written) {
      return SigningDate.of(date, written);
    }
  }

  private static final SigningDates SIGNING_DATES = new SigningDates();

  /**
   * {@code ${partyOrder.of(parties)}}: the assisting side first, then the receiving side, then the others,
   * so a reader sees who helps whom at a glance whatever order the article named them in.
   */
  public static final class PartyOrder {
    public List<Party> of(List<Party> parties) {
      return parties.stream().sorted(Comparator.comparing(Party::side)).toList();
    }
  }

  private static final PartyOrder PARTY_ORDER = new PartyOrder();

  @ModelAttribute("partyOrder")
  PartyOrder partyOrder() {
    return PARTY_ORDER;
  }

  @ModelAttribute("signingDates")
  SigningDates signingDates() {
    return SIGNING_DATES;
  }
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
