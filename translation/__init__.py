"""The translation desk: translator groups and their permissions, the translator's queue,
the Translations report and the emails that tell translators a source has changed."""
