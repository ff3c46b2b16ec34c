# The knee-health window's own words; its advice is in knee-health.ftl. No arguments.

knee-window-title = Knee health
