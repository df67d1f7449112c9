"""Newsletter pages, under each language prefix (/en/newsletter/...)."""

from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("newsletter/", views.signup, name="signup"),
    path("newsletter/thanks/", views.thanks, name="thanks"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
