package org.aidnews.reliability.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests to the portal. Most go through the JDK {@link HttpClient}; requests whose target the
 * client would refuse to build (invalid percent-encoding, raw spaces, control bytes) are written
 * to a plain socket byte for byte, as an attacker's tool would.
 */
public final class Http {
  /** A response: status, headers (names lower-cased, all values), body as UTF-8 text. */
  public record Response(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  private final HttpClient client;
  private final String base;
  private final int port;

  public Http(String base, int port) {
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.base = base;
    this.port = port;
  }

  public HttpClient client() {
    return client;
  }

  public Response get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    return send("GET", pathAndQuery, headers);
  }

  public Response send(String method, String pathAndQuery, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Map<String, List<String>> h = new LinkedHashMap<>();
    r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
    return new Response(r.statusCode(), h, r.body());
  }

  /** Sends {@code GET <rawTarget> HTTP/1.1} exactly as given and returns the status code (-1: no answer). */
  public int rawGet(String rawTarget) throws IOException {
    return raw(rawTarget, "").status();
  }

  /**
   * Sends {@code GET <rawTarget> HTTP/1.1} with {@code extraHeaderLines} (each ending in CRLF)
   * exactly as given, as ISO-8859-1 bytes, and reads the whole answer. Status -1: no status line.
   * A chunked body is returned with its chunk sizes (the checks only look at headers and status).
   */
  public Response raw(String rawTarget, String extraHeaderLines) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + extraHeaderLines
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = all.indexOf("\r\n\r\n");
      String head = end < 0 ? all : all.substring(0, end);
      String[] lines = head.split("\r\n");
      String[] parts = lines[0].split(" ");
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
              k -> new java.util.ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
      }
      int status = -1;
      if (parts.length >= 2 && parts[0].startsWith("HTTP/")) {
        try {
          status = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
          status = -1;
        }
      }
      return new Response(status, headers, end < 0 ? "" : all.substring(end + 4));
    }
  }
}
