package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.HulprouteTest;
import nl.hulproute.testsupport.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing passwords is slowed down per user name and per address: 30 wrong passwords and then the right one do
 * not sign in. A context of its own (own database), as every request of the tests comes from 127.0.0.1.
 */
@HulprouteTest
@OwnDatabase("sign-in-throttle")
@TestPropertySource(properties = "hulproute.sign-in.address-failures=20")
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Test
    void thirtyWrongPasswordsThenTheRightOneDoNotSignIn(CapturedOutput output) {
        Fixtures.School school = fixtures.school();
        Fixtures.User zc = school.zorgcoordinator();
        Fixtures.User colleague = school.slb();
        int refusedUnread = 0;
        for (int attempt = 1; attempt <= 30; attempt++) {
            Api.Response wrong = api.as(zc.username(), "wrong-" + attempt).get("/api/me");
            assertThat(wrong.status()).isIn(401, 429);
            if (wrong.status() == 429) {
                refusedUnread++;
            }
        }
        assertThat(refusedUnread)
                .as("attempts refused without looking at the password")
                .isGreaterThan(20);

        Api.Response right = api.as(zc).get("/api/me");
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.code()).isEqualTo("auth.sign-in-throttled");
        assertThat(right.body().path("retryAfterSeconds").asLong()).isPositive();
        assertThat(output.getAll())
                .contains("Sign-in locked for user name '" + zc.username() + "'")
                .doesNotContain("wrong-30");

        // trying other user names from the same address: after 20 failures from it, everyone there waits
        assertThat(api.as(colleague).get("/api/me").status()).isEqualTo(200);
        for (int attempt = 0; attempt < 16; attempt++) {
            api.as("nobody-" + (attempt % 4), "guess").get("/api/me");
        }
        Api.Response fromThatAddress = api.as(colleague).get("/api/me");
        assertThat(fromThatAddress.status()).isEqualTo(429);
        assertThat(output.getAll()).contains("Sign-in locked for address 127.0.0.1");

        // past the longest lock (this context's clock stays ahead: the run of failures has ended for what follows)
        clock.advance(Duration.ofMinutes(16));
        assertThat(api.as(zc).get("/api/me").status()).isEqualTo(200);
        assertThat(api.as(colleague).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aFewMistakesAreForgottenAfterSigningIn() {
        Fixtures.User slb = fixtures.school().slb();
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(api.as(slb.username(), "oops").get("/api/me").status()).isEqualTo(401);
        }
        assertThat(api.as(slb).get("/api/me").status()).isEqualTo(200);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(api.as(slb.username(), "oops").get("/api/me").status()).isEqualTo(401);
        }
        assertThat(api.as(slb).get("/api/me").status()).isEqualTo(200);
    }
}
