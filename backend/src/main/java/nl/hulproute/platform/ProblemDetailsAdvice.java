package nl.hulproute.platform;

import com.fasterxml.jackson.core.exc.StreamReadException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.hulproute.shared.DomainProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error leaves the API as an RFC 9457 problem with a stable {@code code}. Details are written for people and
 * never carry exception messages, stack traces or submitted values. Anything unforeseen becomes a plain 500 with a
 * correlation id that is also in the log.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domain(DomainProblem problem) {
        HttpStatus status = switch (problem.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail body = problem(status, problem.code(), problem.detail());
        problem.properties().forEach(body::setProperty);
        return ResponseEntity.status(status).body(body);
    }

    /** Optimistic version clashes, lock timeouts, deadlocks and Galera certification failures alike. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyFailureException e) {
        return respond(
                HttpStatus.CONFLICT,
                "concurrent-modification",
                "Someone else changed this record at the same time. Reload it and try again.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info(
                "Refused a write that conflicts with stored data: {}",
                e.getMostSpecificCause().getClass().getSimpleName());
        return respond(HttpStatus.CONFLICT, "conflict", "This conflicts with data that is already stored.");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        return respond(HttpStatus.BAD_REQUEST, "request.invalid", "The request has invalid values.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return respond(HttpStatus.UNAUTHORIZED, "auth.unauthenticated", "Sign in first.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return respond(HttpStatus.FORBIDDEN, "auth.forbidden", "You may not do this.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {} {}", correlationId, request.getMethod(), request.getRequestURI(), e);
        ResponseEntity<ProblemDetail> response =
                respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side.");
        response.getBody().setProperty("correlationId", correlationId);
        return response;
    }

    // --- Spring MVC's own exceptions, with our codes and without their messages --------------------------------

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getBindingResult().getFieldErrors(), List.of());
    }

    /**
     * Spring MVC checks a handler's parameters and its {@code @Valid} body together (the controllers carry their
     * constraints, not {@code @Validated}): a body's fields are named as {@link #handleMethodArgumentNotValid} names
     * them, the other parameters by their names.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(
                e.getBeanResults().stream()
                        .flatMap(body -> body.getFieldErrors().stream())
                        .toList(),
                e.getValueResults());
    }

    private static ResponseEntity<Object> invalid(List<FieldError> fields, List<ParameterValidationResult> parameters) {
        ProblemDetail body = problem(
                HttpStatus.BAD_REQUEST,
                "request.invalid",
                fields.isEmpty() ? "Some parameters are invalid." : "Some fields are missing or invalid.");
        List<Map<String, String>> errors = new ArrayList<>();
        fields.stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .forEach(error ->
                        errors.add(Map.of("field", error.getField(), "code", String.valueOf(error.getCode()))));
        parameters.forEach(result -> errors.add(Map.of(
                "field",
                String.valueOf(result.getMethodParameter().getParameterName()),
                "code",
                result.getResolvableErrors().stream()
                        .map(error -> error.getCodes() == null || error.getCodes().length == 0
                                ? "invalid"
                                : lastCode(error.getCodes()))
                        .findFirst()
                        .orElse("invalid"))));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (isDuplicateKey(e)) {
            return toObject(respond(
                    HttpStatus.BAD_REQUEST,
                    "request.duplicate-key",
                    "The request body names a member more than once; send each member once."));
        }
        return toObject(respond(
                HttpStatus.BAD_REQUEST, "request.malformed", "The request body is not valid JSON for this endpoint."));
    }

    /** Jackson's strict duplicate detection has no exception type of its own, only its message. */
    private static boolean isDuplicateKey(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read
                    && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "request.invalid", "A required parameter is missing.");
        body.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "code", "NotNull")));
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return toObject(respond(HttpStatus.NOT_FOUND, "not-found", "There is nothing at this address."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail body =
                problem(HttpStatus.BAD_REQUEST, "request.invalid", "A parameter has a value of the wrong kind.");
        body.setProperty("errors", List.of(Map.of("field", e.getName(), "code", "TypeMismatch")));
        return ResponseEntity.badRequest().body(body);
    }

    /** Other Spring MVC exceptions (405, 406, 415 …) keep their status and get a code named after it. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = problemFor(statusCode);
        HttpHeaders safeHeaders = new HttpHeaders();
        if (e instanceof ErrorResponse response) {
            safeHeaders.putAll(response.getHeaders());
        }
        return ResponseEntity.status(statusCode).headers(safeHeaders).body(problem);
    }

    /** A problem named after its status alone ({@code http.method-not-allowed}), for refusals without a reason of ours. */
    static ProblemDetail problemFor(HttpStatusCode statusCode) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        String code = "http."
                + (status == null
                        ? statusCode.value()
                        : status.name().toLowerCase().replace('_', '-'));
        String detail = status == null ? "The request cannot be handled." : status.getReasonPhrase() + ".";
        return problem(statusCode, code, detail);
    }

    private static String lastCode(String[] codes) {
        // the least specific message code is the constraint's name (e.g. "Min", "Size")
        return codes[codes.length - 1];
    }

    static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("urn:hulproute:problem:" + code));
        body.setProperty("code", code);
        return body;
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).body(problem(status, code, detail));
    }

    private static ResponseEntity<Object> toObject(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode()).body(response.getBody());
    }
}
