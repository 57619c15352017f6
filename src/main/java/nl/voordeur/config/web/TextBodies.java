package nl.voordeur.config.web;

import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A body taken as plain text ({@code @RequestBody String}, such as the visit draft) holds no NUL
 * character either; JSON text is checked by {@link JsonInput}, parameters by {@link RequestInputFilter}.
 */
@ControllerAdvice
class TextBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return targetType == String.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof String text && text.indexOf('\0') >= 0) throw InputRejected.nul(null);
        return body;
    }
}
