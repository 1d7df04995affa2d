#!/usr/bin/env bash
# Provisions target/wildfly for CRMir: unpacks the WildFly distribution, installs the EclipseLink and
# MySQL Connector/J modules, and applies src/main/cli/*.cli to standalone-full.xml and standalone-full-ha.xml in
# an embedded (offline) server (see apply_cli). Called by Maven (exec-maven-plugin, phase package) with:
#   provision.sh <basedir> <artifacts-dir> <wildfly.version> <eclipselink.version> <mysql-connector.version>
# Skipped when target/wildfly was provisioned from the same inputs (a stamp file holds their checksum).
set -euo pipefail

basedir=$1 artifacts=$2 wildfly_version=$3 eclipselink_version=$4 mysql_version=$5
target="$basedir/target"
server="$target/wildfly"
stamp="$server/.crmir-provisioned"
log="$target/provision.log"

# The inputs: every file under src/, this module's pom and the versions.
checksum=$(
    cd "$basedir"
    {
        printf '%s\n' "$wildfly_version" "$eclipselink_version" "$mysql_version"
        find src pom.xml -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    } | sha256sum | cut -d' ' -f1
)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$checksum" ] && [ -x "$server/bin/standalone.sh" ]; then
    echo "server-config: $server is up to date (delete it or run 'mvn clean' to provision again)"
    exit 0
fi

start=$(date +%s)
dist="$artifacts/wildfly-dist-$wildfly_version.zip"
eclipselink_jar="$artifacts/eclipselink-$eclipselink_version.jar"
mysql_jar="$artifacts/mysql-connector-j-$mysql_version.jar"
for f in "$dist" "$eclipselink_jar" "$mysql_jar"; do
    [ -f "$f" ] || { echo "server-config: missing $f" >&2; exit 1; }
done

if pgrep -f -- "-Djboss.home.dir=$server( |$)" >/dev/null 2>&1; then
    echo "server-config: a WildFly is running from $server; stop it before provisioning again" >&2
    exit 1
fi

rm -rf "$server" "$target/wildfly.unpack"
mkdir -p "$target/wildfly.unpack"
if command -v unzip >/dev/null 2>&1; then
    unzip -q "$dist" -d "$target/wildfly.unpack"
else
    (cd "$target/wildfly.unpack" && jar xf "$dist")
fi
top=("$target"/wildfly.unpack/*)
[ ${#top[@]} -eq 1 ] && [ -d "${top[0]}" ] || { echo "server-config: unexpected layout in $dist" >&2; exit 1; }
mv "${top[0]}" "$server"
rmdir "$target/wildfly.unpack"
chmod +x "$server"/bin/*.sh

# Modules: templates from src/main/modules, with the versions filled in; every resource-root must exist.
modules_src="$basedir/src/main/modules"
modules_dst="$server/modules/system/layers/base"
install_module() { # <module path> <jar>
    local dir="$modules_dst/$1"
    mkdir -p "$dir"
    cp "$2" "$dir/"
    sed -e "s/@WILDFLY_VERSION@/$wildfly_version/g" \
        -e "s/@ECLIPSELINK_VERSION@/$eclipselink_version/g" \
        -e "s/@MYSQL_CONNECTOR_VERSION@/$mysql_version/g" \
        "$modules_src/$1/module.xml" > "$dir/module.xml"
    local root
    for root in $(sed -n 's/.*<resource-root path="\([^"]*\)".*/\1/p' "$dir/module.xml"); do
        [ -f "$dir/$root" ] || { echo "server-config: $dir/module.xml names $root, which is not there" >&2; exit 1; }
    done
}
install_module org/eclipse/persistence/main "$eclipselink_jar"
install_module com/mysql/main "$mysql_jar"

# CLI: one embedded server per configuration, the scripts in file-name order. Both server profiles take the same
# scripts (cli/); the HA profile then its own (cli-ha/); the cluster's load balancer has cli-balancer/.
# shellcheck source=apply-cli.sh
. "$(dirname "${BASH_SOURCE[0]}")/apply-cli.sh"
apply_cli() { # <server configuration> <script dir>...
    apply_cli_scripts "$server" "$1" "$basedir/src/main" "$log" "${@:2}" || exit 1
}
: > "$log"
apply_cli standalone-full.xml cli
apply_cli standalone-full-ha.xml cli cli-ha
apply_cli standalone-load-balancer.xml cli-balancer
# The embedded server leaves its boot-time history and logs behind; start clean.
rm -rf "$server/standalone/configuration/standalone_xml_history" "$server/standalone/log" \
       "$server/standalone/data" "$server/standalone/tmp"
for config in standalone-full.xml standalone-full-ha.xml; do
    grep -q 'jndi-name="java:jboss/datasources/CrmDS"' "$server/standalone/configuration/$config" \
        || { echo "server-config: CrmDS is not in $config after the CLI scripts" >&2; exit 1; }
done

echo "$checksum" > "$stamp"
echo "server-config: provisioned WildFly $wildfly_version in $server in $(( $(date +%s) - start )) s"
