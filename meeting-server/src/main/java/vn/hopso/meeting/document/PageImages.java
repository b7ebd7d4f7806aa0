package vn.hopso.meeting.document;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * Page images rendered once however many ask at the same moment: when a hundred delegates open the same document at
 * the start of a sitting, the first request for a page not yet stored renders it and the others on this node wait for
 * that image instead of each rendering it again (and running out of the page-time limit together). The image is then
 * stored beside the original, so later requests find it there.
 */
@Component
class PageImages {

    /** Renders (and stores) one page image. */
    @FunctionalInterface
    interface Render {
        byte[] image() throws UnreadablePdf;
    }

    private final Map<String, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();

    /**
     * The image named {@code key} (the document's digest, its page and width): rendered by this call, or by the call
     * already rendering it, whose outcome (an image or a refusal) every waiting caller shares.
     */
    byte[] once(String key, Render render) throws UnreadablePdf {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = rendering.putIfAbsent(key, mine);
        if (running == null) {
            try {
                mine.complete(render.image());
            } catch (UnreadablePdf | RuntimeException e) {
                mine.completeExceptionally(e);
            } finally {
                rendering.remove(key, mine);
            }
            running = mine;
        }
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UnreadablePdf refused) {
                throw refused;
            }
            if (e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            throw e;
        }
    }
}
