package com.claimstream.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP route of the running application, read from its handler mappings (not from a
 * list kept by hand), so that tests covering "every route" notice a new one: the
 * annotated controllers' method and path pairs, and the URL-mapped handlers (the live
 * stream) as {@code GET}.
 */
public final class ApplicationRoutes {

	private ApplicationRoutes() {
	}

	public static List<Route> of(ApplicationContext context) {
		List<Route> routes = new ArrayList<>();
		context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach(
					(mapping) -> mapping.getHandlerMethods().forEach((info, handler) -> addAll(routes, info, handler)));
		context.getBeansOfType(SimpleUrlHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getUrlMap()
				.keySet()
				.forEach((path) -> routes.add(new Route("GET", path, null))));
		routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
		return routes;
	}

	private static void addAll(List<Route> routes, RequestMappingInfo info, HandlerMethod handler) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		info.getPatternsCondition()
			.getPatterns()
			.forEach((pattern) -> (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
				.forEach((method) -> routes.add(new Route(method.name(), pattern.getPatternString(), handler))));
	}

	/**
	 * One route: an HTTP method and a path pattern ({@code /api/clients/{id}}), with the
	 * controller method serving it (none for URL-mapped handlers).
	 */
	public record Route(String method, String path, @org.jspecify.annotations.Nullable HandlerMethod handler) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
