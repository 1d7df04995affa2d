package org.crmir.document.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.web.Messages;

/** Adds the product the user chose from the suggestions to a line editor, with a message when there is none. */
@RequestScoped
public class ProductPickerAccess {

    @Inject
    ProductPicker picker;

    public void addTo(LinesEditor lines, String suggestion) {
        picker.chosen(suggestion).ifPresentOrElse(p -> {
            try {
                lines.addProduct(p);
            } catch (InvalidInputException e) {
                Messages.invalid(e);
            }
        }, () -> Messages.error("Choose a product from the suggestions."));
    }
}
