package nl.hulproute.platform;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web app. Its files are served as they are; any other page address (such as /casussen/12, loaded or
 * reloaded directly) gets the app's index.html, because the app routes in the browser. API, actuator and OpenAPI
 * addresses and file names that do not exist stay a 404.
 */
@Configuration(proxyBeanMethods = false)
class WebAppRoutes implements WebMvcConfigurer {

    private static final List<String> NOT_PAGES = List.of("api/", "actuator/", "v3/", "swagger-ui/", "error");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new WebAppResolver());
    }

    private static final class WebAppResolver extends PathResourceResolver {
        @Override
        protected @Nullable Resource getResource(String path, Resource location) throws IOException {
            Resource file = location.createRelative(path);
            if (file.isReadable()) {
                return file;
            }
            String lastSegment = path.substring(path.lastIndexOf('/') + 1);
            boolean page = !lastSegment.contains(".") && NOT_PAGES.stream().noneMatch(path::startsWith);
            return page ? location.createRelative("index.html") : null;
        }
    }
}
