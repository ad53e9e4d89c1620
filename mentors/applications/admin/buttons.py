"""How each decision's button looks, by its consequence (Wagtail admin's button classes): accepting is the
primary action, rejecting is set apart in the admin's "no" style, the steps between are secondary."""

DECISION_BUTTON_CLASSES = {
    "accept": "button",
    "reject": "button no",
}
STEP_BUTTON_CLASS = "button button-secondary"


def decision_button_class(decision):
    return DECISION_BUTTON_CLASSES.get(decision.name, STEP_BUTTON_CLASS)


def confirm_button_class(decision):
    """The confirming button on the decision's own page: the page's one action, primary, unless it
    rejects."""
    return DECISION_BUTTON_CLASSES["reject"] if decision.name == "reject" else "button"
