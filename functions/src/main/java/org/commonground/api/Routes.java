package org.commonground.api;

import java.util.function.Function;

/**
 * Where a group of routes adds itself to a function: a route key as API Gateway and
 * template.yaml spell it ("METHOD /path/{param}"), and the route that answers it.
 */
@FunctionalInterface
public interface Routes {
    /** Adds {@code route} as the answer to {@code routeKey}; a key added twice keeps the last route. */
    void add(String routeKey, Function<Request, Reply> route);
}
