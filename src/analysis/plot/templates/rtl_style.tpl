{#- Only table-wide styles go to a <style> block (none unless the caller adds some);
    the cells carry their own. -#}
{% extends "html_style.tpl" %}
{% block style %}{% if table_styles %}{{ super() }}{% endif %}{% endblock style %}
{% block cellstyle %}{% endblock cellstyle %}
