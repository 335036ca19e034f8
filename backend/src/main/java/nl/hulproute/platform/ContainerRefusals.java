package nl.hulproute.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Refusals that happen before Spring MVC sees a request are problem details too, for API addresses:
 * <ul>
 *   <li>Spring Security's firewall ({@code ;jsessionid}, {@code ..}, an encoded {@code %} …): {@code 400
 *       request.rejected};
 *   <li>Tomcat itself (an encoded {@code /} or NUL, a request line or headers too large): the host's error report,
 *       which Tomcat writes as an HTML page, is written as a problem with a code named after the status. A request
 *       whose address Tomcat could not read at all gets a problem too: it may have been an API call.
 * </ul>
 * Pages keep the container's own answer.
 */
@Configuration(proxyBeanMethods = false)
class ContainerRefusals {

    private static final Logger log = LoggerFactory.getLogger(ContainerRefusals.class);

    static final String REJECTED_DETAIL =
            "The address is refused: it holds a part that could be read in two ways (such as ;, .., or an encoded /, % or NUL).";

    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
        return (request, response, e) -> {
            if (ApiAddress.isApi(request.getRequestURI(), request.getContextPath())) {
                log.debug("Firewall refused an API request: {}", e.getMessage());
                SecurityConfiguration.write(
                        json, response, HttpStatus.BAD_REQUEST, "request.rejected", REJECTED_DETAIL);
            } else {
                pages.handle(request, response, e);
            }
        };
    }

    /**
     * Boot puts a plain {@link ErrorReportValve} on the host; once every customizer has run, and before the host
     * starts, it is replaced by {@link ProblemReportValve}.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ObjectMapper json) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    Container host = context.getParent();
                    host.addLifecycleListener(event -> {
                        if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                            for (Valve valve : host.getPipeline().getValves()) {
                                if (valve instanceof ErrorReportValve) {
                                    host.getPipeline().removeValve(valve);
                                }
                            }
                            host.getPipeline().addValve(new ProblemReportValve(json));
                            if (host instanceof StandardHost standard) {
                                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                            }
                        }
                    });
                });
            }
        };
    }

    /** Tomcat's error report, as a problem for API addresses and as Tomcat's short HTML page for others. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final ObjectMapper json;

        ProblemReportValve(ObjectMapper json) {
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            boolean unreadable = uri == null || uri.isEmpty();
            if (!unreadable && !ApiAddress.isApi(uri, "")) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            ProblemDetail problem = status == HttpStatus.BAD_REQUEST.value()
                    ? ProblemDetailsAdvice.problem(
                            HttpStatus.BAD_REQUEST,
                            "request.rejected",
                            "The request is refused before it is read: its address holds a part that could be read in "
                                    + "two ways (such as an encoded / or NUL), or its request line or headers are too large.")
                    : ProblemDetailsAdvice.problemFor(HttpStatusCode.valueOf(status));
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Could not write the container's refusal as a problem", e);
            }
        }
    }
}
