### Findings of the plan, requirements, status, history, names, placeholders and waivers.
