package org.inkwell.delivery.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.inkwell.messaging.InboxItem;
import org.inkwell.messaging.Messages;
import org.inkwell.photos.MessagePhoto;
import org.inkwell.photos.PhotoImage;
import org.inkwell.photos.PhotoSize;
import org.inkwell.photos.Photos;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Photos at the kiosk and on the tablet: one approved photo of a delivered message at a time, with the
 * previous and next (the thumbnails are on the message's page), and the images themselves, which only the
 * person they were sent to gets, and only once approved.
 */
@WebPage
class KioskPhotoPages {

    private final Messages messages;
    private final Photos photos;
    private final KioskSession session;

    KioskPhotoPages(Messages messages, Photos photos, KioskSession session) {
        this.messages = messages;
        this.photos = photos;
        this.session = session;
    }

    /** The {@code number}th approved photo (from 1) of a message in the caller's inbox. */
    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/kiosk/messages/{id}/photos/{number}")
    String photo(@PathVariable UUID id, @PathVariable int number, HttpServletRequest request, Model model) {
        InboxItem message = messages.inbox(Caller.required()).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("No such message."));
        List<MessagePhoto> shown = message.photos();
        if (number < 1 || number > shown.size()) {
            throw ApiException.notFound(Photos.NOT_FOUND, "There is no such photo.");
        }
        model.addAttribute("message", message);
        model.addAttribute("photo", shown.get(number - 1).id());
        model.addAttribute("number", number);
        model.addAttribute("count", shown.size());
        session.show(request, model);
        return "kiosk/photo";
    }

    /**
     * The JPEG, for the person it was sent to once approved ({@link Photos#image} decides; anyone else gets
     * 404). Never stored by the browser: the next person at a shared kiosk must not find it in its cache.
     */
    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/kiosk/photos/{id}")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @RequestParam(defaultValue = "full") String size) {
        PhotoImage image = photos.image(Caller.required(), id, PhotoSize.of(size));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(image.jpeg());
    }
}
