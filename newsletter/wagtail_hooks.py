from wagtail import hooks

from .viewsets import subscriber_viewset


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return subscriber_viewset
