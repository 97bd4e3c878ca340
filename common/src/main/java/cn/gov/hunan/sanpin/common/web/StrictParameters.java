package cn.gov.hunan.sanpin.common.web;

import cn.gov.hunan.sanpin.common.problem.InputProblems;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters are read exactly or refused with a problem naming the parameter, before JAX-RS converts
 * them. Left to it, a value it cannot convert is a 404 (as if the path did not exist), "yes" is false, "1-2-3-4-5" a
 * UUID, and a NUL character reaches PostgreSQL, which refuses it with a 500.
 */
public class StrictParameters {

    /** A parameter as the contract declares it: on the generated interface, not on the resource implementing it. */
    record Declared(String name, boolean inPath, Class<?> type) {
    }

    private final Map<Method, List<Declared>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void readExactly(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Declared parameter : declared.computeIfAbsent(method, StrictParameters::declaredBy)) {
            MultivaluedMap<String, String> given = parameter.inPath() ? uri.getPathParameters() : uri.getQueryParameters();
            for (String value : given.getOrDefault(parameter.name(), List.of())) {
                check(parameter, value);
            }
        }
    }

    private static void check(Declared parameter, String value) {
        if (value.indexOf('\0') >= 0) {
            throw InputProblems.nulInParameter(parameter.name());
        }
        Function<String, ?> read = readerOf(parameter.type());
        try {
            read.apply(value);
        } catch (RuntimeException notOfItsType) {
            throw InputProblems.ofParameter(parameter.name(), parameter.type());
        }
    }

    private static Function<String, ?> readerOf(Class<?> type) {
        if (type == UUID.class) {
            return StrictParameters::uuid;
        }
        if (type == Integer.class || type == int.class) {
            return Integer::valueOf;
        }
        if (type == Boolean.class || type == boolean.class) {
            return StrictParameters::bool;
        }
        if (type == LocalDate.class) {
            return LocalDate::parse;
        }
        if (type.isEnum()) {
            // the contract's value, which the generated enums give as toString()
            return value -> Arrays.stream(type.getEnumConstants()).filter(c -> c.toString().equals(value)).findFirst().orElseThrow();
        }
        return Function.identity();
    }

    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a UUID in its canonical form");
        }
        return UUID.fromString(value);
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("neither true nor false");
        };
    }

    private static List<Declared> declaredBy(Method method) {
        Method contract = contractOf(method);
        Annotation[][] annotations = contract.getParameterAnnotations();
        List<Declared> parameters = new ArrayList<>();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof PathParam path) {
                    parameters.add(new Declared(path.value(), true, contract.getParameterTypes()[i]));
                } else if (a instanceof QueryParam query) {
                    parameters.add(new Declared(query.value(), false, contract.getParameterTypes()[i]));
                }
            }
        }
        return parameters;
    }

    /** The interface method a resource method implements, where JAX-RS finds the parameters' annotations. */
    private static Method contractOf(Method method) {
        for (Class<?> c = method.getDeclaringClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> contract : c.getInterfaces()) {
                try {
                    return contract.getMethod(method.getName(), method.getParameterTypes());
                } catch (NoSuchMethodException notThisOne) {
                    // the next interface
                }
            }
        }
        return method;
    }
}
