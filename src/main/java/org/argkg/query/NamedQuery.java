package org.argkg.query;

import java.util.List;
import java.util.Optional;

/**
 * A query of the library: a {@code .rq} file whose header says what it is for.
 *
 * <pre>
 * # title: Causes of the thesis
 * # description: Each cause that supports a thesis, with its factor and quotes.
 * # param: doc id:li-zheng-2024-ai-exception
 * </pre>
 *
 * A parameter is a variable of the query ({@code ?doc}); its value replaces the variable as an RDF
 * term before the query runs.
 */
public record NamedQuery(String name, String title, String description, List<QueryParam> params, String text) {

    public Optional<QueryParam> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
