{#- pandas' table with every cell's style written on the cell (dir and style
    attributes), because JupyterLab drops the <style> block of an untrusted output. -#}
{% extends "html_table.tpl" %}
{% macro inline(c) -%}
{%- if c.id is defined -%}
{%- for group in [cellstyle, cellstyle_index, cellstyle_columns] -%}
{%- for s in group if c.id in s.selectors -%}
{%- if ("direction", "rtl") in s.props %} dir="rtl"{% endif %} style="
{%- for p, val in s.props %}{{ p }}: {{ val }};{% if not loop.last %} {% endif %}{% endfor %}"
{%- endfor -%}
{%- endfor -%}
{%- endif -%}
{%- endmacro %}
{% block head_tr scoped %}
    <tr>
{% for c in r if c.is_visible != False %}
      <{{c.type}} class="{{c.class}}"{{ inline(c) }} {{c.attributes}}>{{c.display_value}}</{{c.type}}>
{% endfor %}
    </tr>
{% endblock head_tr %}
{% block tr scoped %}
    <tr>
{% for c in r if c.is_visible != False %}
      <{{c.type}} class="{{c.class}}"{{ inline(c) }} {{c.attributes}}>{{c.display_value}}</{{c.type}}>
{% endfor %}
    </tr>
{% endblock tr %}
