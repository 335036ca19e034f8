package nl.hulproute.platform;

import org.jspecify.annotations.Nullable;

/**
 * Whether a request is for the JSON API, judged from its raw (undecoded, unnormalised) address, as even a request
 * the container or the firewall refuses to read still has one. Refusals of API requests are problem details.
 */
final class ApiAddress {

    private ApiAddress() {}

    /** {@code /api}, {@code /api/…}, and {@code /api} followed by a path parameter or an encoded character. */
    static boolean isApi(@Nullable String rawUri, String contextPath) {
        if (rawUri == null || !rawUri.startsWith(contextPath + "/api")) {
            return false;
        }
        int end = contextPath.length() + "/api".length();
        return rawUri.length() == end || "/;%?".indexOf(rawUri.charAt(end)) >= 0;
    }
}
