package org.inkwell.photos.web;

import java.util.UUID;

import org.inkwell.photos.PhotoImage;
import org.inkwell.photos.PhotoSize;
import org.inkwell.photos.Photos;
import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A photo for an {@code <img>} on a page, which carries the session cookie rather than a bearer token:
 * the same image, under the same rules of who may see it, as {@code GET /api/v1/photos/{id}}. An unknown
 * size is the full photo, so a hand-edited address still shows something sensible.
 */
@WebPage
class PhotoPages {

    private final Photos photos;

    PhotoPages(Photos photos) {
        this.photos = photos;
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'REVIEWER', 'FACILITY_ADMIN')")
    @GetMapping("/photos/{id}")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @RequestParam(defaultValue = "full") String size) {
        PhotoImage image = photos.image(Caller.required(), id, "thumb".equals(size) ? PhotoSize.THUMB : PhotoSize.FULL);
        // Private and checked again on every use: who may see a photo changes when it is reviewed.
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(image.tag())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(image.jpeg());
    }
}
