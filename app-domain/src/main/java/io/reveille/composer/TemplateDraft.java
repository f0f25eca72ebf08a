package io.reveille.composer;

/** A template as an admin writes it. */
public record TemplateDraft(
    TemplateKind kind, String name, String title, String body, int position) {}
