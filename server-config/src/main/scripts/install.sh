#!/usr/bin/env bash
# Installs what CRMir needs into an existing WildFly 35, stopped: the MySQL Connector/J and EclipseLink modules
# and the configuration of src/main/cli (and cli-ha for an HA profile), applied to its standalone-full.xml and,
# if it has one, standalone-full-ha.xml, in an embedded (offline) server. The modules are copied from the
# reference server the build provisions (server-config/target/wildfly), so build first:
#
#   ./mvnw -B install -DskipTests
#   server-config/src/main/scripts/install.sh /opt/wildfly
#
# Then start the server and deploy crm-ear/target/crmir.ear through its console (README, "Deploying to an
# existing WildFly"). A server already configured by it is refused (its scripts add resources that exist then);
# servers configured before a change take the scripts of src/main/upgrade.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 <WildFly home>" >&2; exit 2; }
target=$(cd "$1" && pwd -P)
config_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
reference="$config_dir/../../target/wildfly"
modules=modules/system/layers/base

[ -x "$target/bin/jboss-cli.sh" ] || { echo "install: $target is not a WildFly home" >&2; exit 1; }
[ -f "$reference/.crmir-provisioned" ] || { echo "install: build first (./mvnw -B install -DskipTests)" >&2; exit 1; }
if pgrep -f -- "-Djboss.home.dir=$target( |$)" >/dev/null 2>&1; then
    echo "install: the WildFly in $target is running; stop it first" >&2
    exit 1
fi
if grep -q 'java:jboss/datasources/CrmDS' "$target/standalone/configuration/standalone-full.xml"; then
    echo "install: $target is configured for CRMir already (see src/main/upgrade for what changed since)" >&2
    exit 1
fi

for module in com/mysql/main org/eclipse/persistence/main; do
    mkdir -p "$target/$modules/$module"
    cp -r "$reference/$modules/$module/." "$target/$modules/$module/"
done

# shellcheck source=apply-cli.sh
. "$(dirname "${BASH_SOURCE[0]}")/apply-cli.sh"
log=$(mktemp)
apply() { # <server configuration> <script dir>...
    apply_cli_scripts "$target" "$1" "$config_dir" "$log" "${@:2}" || exit 1
    echo "install: configured $1"
}
apply standalone-full.xml cli
if [ -f "$target/standalone/configuration/standalone-full-ha.xml" ]; then
    apply standalone-full-ha.xml cli cli-ha
fi
rm -f "$log"
echo "install: $target has CRMir's modules and configuration; start it with -c standalone-full.xml (or -ha)" \
    "and deploy crm-ear/target/crmir.ear"
