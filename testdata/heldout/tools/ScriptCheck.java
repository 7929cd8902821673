import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Authoring aid (not part of check.py): reads "name TAB script TAB text" lines and prints,
 * per page, the characters that ICU would convert to the other script. A Traditional page
 * should have no character that Hans-Hant changes, and a Simplified page none that
 * Hant-Hans changes; hits are candidates for a slip of the other script (some are false
 * alarms, e.g. characters with several Traditional forms). Run via script_check.sh.
 */
public class ScriptCheck {
  public static void main(String[] args) throws Exception {
    Transliterator toHant = Transliterator.getInstance("Hans-Hant");
    Transliterator toHans = Transliterator.getInstance("Hant-Hans");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] f = line.split("\t", 3);
      Transliterator t = f[1].equals("Hant") ? toHant : toHans;
      StringBuilder hits = new StringBuilder();
      f[2].codePoints().distinct().forEach(cp -> {
        String c = new String(Character.toChars(cp));
        String o = t.transliterate(c);
        if (!o.equals(c)) hits.append(c).append("→").append(o).append(' ');
      });
      System.out.println(f[0] + " " + f[1] + ": " + (hits.length() == 0 ? "clean" : hits));
    }
  }
}
