package nl.voordeur.config.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.voordeur.shared.web.LargeBody;

/**
 * The first look at every request, before login or any controller: a body may not exceed its
 * limit (refused by its Content-Length at once, and while it is read when it comes in chunks), and
 * no parameter may hold a NUL character, which PostgreSQL cannot store. A refusal goes to the error
 * page ({@link ErrorPages}), which answers problem details under {@code /api/} and the friendly page
 * elsewhere. Runs after the character-encoding filter, so parameters are decoded as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestInputFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;
    private final List<Limit> largeBodies;

    RequestInputFilter(WebInputProperties properties, ObjectProvider<LargeBody> largeBodies) {
        this.maxBodyBytes = properties.maxBodySize().toBytes();
        this.largeBodies = largeBodies.orderedStream()
                .map(b -> new Limit(PathPatternParser.defaultInstance.parse(b.pathPattern()), b.maxBytes())).toList();
    }

    private record Limit(PathPattern path, long maxBytes) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, InputRejected.tooLarge());
            return;
        }
        InputRejected refused = checkParameters(request);
        if (refused != null) {
            refuse(request, response, refused);
            return;
        }
        try {
            chain.doFilter(isMultipart(request) ? request : new LimitedBody(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            // a body that grew past its limit while something other than a controller read it
            var rejected = InputRejected.in(e);
            if (rejected.isEmpty() || response.isCommitted()) throw e;
            refuse(request, response, rejected.get());
        }
    }

    /** Multipart uploads are limited by spring.servlet.multipart.* and stored on disk, not in memory. */
    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().toLowerCase().startsWith("multipart/");
    }

    private long limitFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return largeBodies.stream().filter(l -> l.path().matches(path)).mapToLong(Limit::maxBytes)
                .findFirst().orElse(maxBodyBytes);
    }

    private static InputRejected checkParameters(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException e) {
            return e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? InputRejected.tooLarge()
                    : InputRejected.malformed();
        }
        for (var parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) return InputRejected.nul(null);
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) return InputRejected.nul(parameter.getKey());
            }
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, InputRejected rejected)
            throws IOException {
        request.setAttribute(InputRejected.ATTRIBUTE, rejected);
        response.sendError(rejected.status().value());
    }

    /** The request with a body that refuses to be read past the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new CountingStream(super.getInputStream(), limit);
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) counted(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) counted(n);
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) throw InputRejected.tooLarge();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
