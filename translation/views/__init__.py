"""Admin views of the translation desk."""
