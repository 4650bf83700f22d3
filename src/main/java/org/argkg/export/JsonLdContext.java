package org.argkg.export;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.ontology.Ontology;

/**
 * argkg's JSON-LD context ({@code ontology/context.jsonld}, packaged in the jar), published at
 * {@link #URL}. {@link #loader()} resolves that URL to the packaged copy, so documents that refer to
 * the context by its URL are read offline, and refuses every other remote document.
 */
public final class JsonLdContext {

    /** The stable URL of the context. */
    public static final String URL = "https://w3id.org/argkg/context.jsonld";

    /** Where the context is in the jar. */
    public static final String RESOURCE = Ontology.RESOURCE_DIR + "context.jsonld";

    private JsonLdContext() {
    }

    /** The context document ({@code {"@context": {…}}}), read from the jar. */
    public static JsonDocument document() {
        try (InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ArgkgException("resource " + RESOURCE + " is missing from the build");
            }
            return JsonDocument.of(in);
        } catch (IOException | JsonLdError e) {
            throw new ArgkgException("cannot read resource " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Serves {@link #URL} from the jar; nothing is fetched from the network. */
    public static DocumentLoader loader() {
        return (URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) -> {
            if (URL.equals(url.toString())) {
                Document d = document();
                d.setDocumentUrl(url);
                return d;
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "argkg reads JSON-LD offline and knows only the context " + URL + ", not " + url);
        };
    }

    /**
     * Options for Jena's JSON-LD reader (set them as {@code LangJSONLD11.JSONLD_OPTIONS} in the
     * parser's context) with which a document that names the context by its URL is read offline.
     */
    public static JsonLdOptions readOptions() {
        return new JsonLdOptions(loader());
    }
}
