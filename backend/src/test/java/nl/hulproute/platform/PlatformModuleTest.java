package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.hulproute.testsupport.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The platform module on its own (it needs nothing but the shared kernel): the ground every API call stands on,
 * without any domain module. The users come from the people module in the application; here one user in memory
 * stands in for them.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OwnDatabase("platform_module")
class PlatformModuleTest {

    private static final String PASSWORD = "een-lang-wachtwoord";

    @TestConfiguration(proxyBeanMethods = false)
    static class OneUser {
        @Bean
        UserDetailsService users(PasswordEncoder encoder) {
            return new InMemoryUserDetailsManager(User.withUsername("beheer")
                    .password(encoder.encode(PASSWORD))
                    .roles("ADMIN")
                    .build());
        }
    }

    @Autowired
    Environment environment;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + environment.getRequiredProperty("local.server.port") + path))
                        .header("Authorization", "Basic " + credentials)
                        .header("X-Requested-With", "XMLHttpRequest")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anApiCallWithoutAValidSignInIsAProblemNotARedirect() throws Exception {
        HttpResponse<String> refused = get("/api/anything", "beheer", "niet-het-wachtwoord");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"code\":\"auth.unauthenticated\"");
    }

    @Test
    void aSignedInCallToNoSuchAddressIsA404ProblemWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> missing = get("/api/no-such-thing", "beheer", PASSWORD);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"code\":");
        assertThat(missing.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(missing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void guessingAPasswordIsSlowedDownForThatUserName() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(get("/api/anything", "geraden", "fout-" + attempt).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> throttled = get("/api/anything", "geraden", "nog-een-gok");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("\"code\":\"auth.sign-in-throttled\"");
    }
}
