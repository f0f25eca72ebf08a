import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during a JDK Flight Recorder recording: the share of execution samples
 * that pass through each layer (Undertow, the security mechanism, RESTEasy, Reveille, ...), and the
 * hottest methods. Usage: java benchmarks/JfrSummary.java recording.jfr
 */
public class JfrSummary {
  private static final Map<String, String> LAYERS = new LinkedHashMap<>();

  static {
    LAYERS.put("io.reveille.", "Reveille");
    LAYERS.put("org.thymeleaf.", "Thymeleaf");
    LAYERS.put("org.jboss.resteasy.", "RESTEasy (JAX-RS)");
    LAYERS.put("org.jboss.weld.", "Weld (CDI)");
    LAYERS.put("org.glassfish.soteria.", "Jakarta Security");
    LAYERS.put("org.wildfly.security.", "Elytron");
    LAYERS.put("io.undertow.", "Undertow");
    LAYERS.put("org.xnio.", "XNIO");
    LAYERS.put("sun.nio.ch.", "socket I/O");
  }

  public static void main(String[] args) throws Exception {
    List<RecordedEvent> samples = new ArrayList<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (event.getEventType().getName().equals("jdk.ExecutionSample")
          && event.getStackTrace() != null) {
        samples.add(event);
      }
    }
    Map<String, Integer> layers = new LinkedHashMap<>();
    Map<String, Integer> leaves = new HashMap<>();
    for (RecordedEvent sample : samples) {
      List<RecordedFrame> frames = sample.getStackTrace().getFrames();
      Set<String> seen = new LinkedHashSet<>();
      for (RecordedFrame frame : frames) {
        String type = frame.getMethod().getType().getName();
        LAYERS.forEach((prefix, layer) -> {
          if (type.startsWith(prefix)) {
            seen.add(layer);
          }
        });
      }
      seen.forEach(layer -> layers.merge(layer, 1, Integer::sum));
      if (!frames.isEmpty()) {
        RecordedFrame top = frames.get(0);
        leaves.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
      }
    }
    int total = Math.max(1, samples.size());
    System.out.printf("%d execution samples%n", samples.size());
    System.out.println("share of samples passing through each layer:");
    LAYERS.values().stream().distinct().forEach(layer -> System.out.printf(
        "  %-20s %5.1f %%%n", layer, 100.0 * layers.getOrDefault(layer, 0) / total));
    System.out.println("hottest methods (where the samples were):");
    leaves.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(12)
        .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}
