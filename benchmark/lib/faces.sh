# benchmark/lib/faces.sh — a signed-in browser session for curl: the sign-in form, a page's view, a PrimeFaces AJAX
# request of that view. Sourced after lib/common.sh (APP_URL, OUT, die). Each session is a cookie jar.

# The first value of attribute <attr> on a tag matching <tag regex> in <file>; empty if none.
first_attr() { # <file> <tag regex> <attr>
    grep -o "$2[^>]*$3=\"[^\"]*\"" "$1" | sed -n "1{s/.*$3=\"//; s/\"\$//; p}"
}

# Signs in through the form (its view state and PrimeFaces' nonce), keeping the session in <jar>.
faces_sign_in() { # <jar> <username> <password>
    local page="$OUT/sign-in-form.html" code state nonce
    rm -f "$1"
    curl -sS --noproxy '*' --max-time 30 -c "$1" -b "$1" -o "$page" "$APP_URL/login.xhtml"
    state=$(first_attr "$page" 'name="jakarta.faces.ViewState"' value)
    nonce=$(first_attr "$page" '<script' nonce)
    [ -n "$state" ] || die "no view state on the sign-in page"
    code=$(curl -sS --noproxy '*' --max-time 30 -c "$1" -b "$1" -o "$OUT/sign-in.html" -w '%{http_code}' \
        --data-urlencode login=login --data-urlencode "login:username=$2" --data-urlencode "login:password=$3" \
        --data-urlencode 'login:signIn=' --data-urlencode "jakarta.faces.ViewState=$state" \
        ${nonce:+--data-urlencode "primefaces.nonce=$nonce"} "$APP_URL/login.xhtml")
    [ "$code" = 302 ] || die "signing in as $2 answered $code, not 302 (page: $OUT/sign-in.html)"
}

# Opens <page> in the session of <jar> for the AJAX requests that follow: sets FACES_STATE and FACES_NONCE.
faces_open() { # <jar> <page>
    local code
    code=$(curl -sS --noproxy '*' --max-time 60 -c "$1" -b "$1" -o "$OUT/view.html" -w '%{http_code}' "$APP_URL/$2")
    [ "$code" = 200 ] || die "GET /$2 answered $code"
    FACES_STATE=$(first_attr "$OUT/view.html" 'name="jakarta.faces.ViewState"' value)
    FACES_NONCE=$(first_attr "$OUT/view.html" '<script' nonce)
    [ -n "$FACES_STATE" ] || die "no view state on /$2"
}

# A PrimeFaces AJAX request of the view faces_open opened -> "<status>" ; the answer in <output>.
faces_ajax() { # <jar> <output> <page> <form> <source> <execute> <render> <event> <name=value...>
    local jar=$1 out=$2 page=$3 form=$4 source=$5 execute=$6 render=$7 event=$8 args=() f
    shift 8
    for f in "$@"; do args+=(--data-urlencode "$f"); done
    curl -sS --noproxy '*' --max-time 60 -c "$jar" -b "$jar" -o "$out" -w '%{http_code}' \
        -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
        --data-urlencode 'jakarta.faces.partial.ajax=true' --data-urlencode "jakarta.faces.source=$source" \
        --data-urlencode "jakarta.faces.partial.execute=$execute" --data-urlencode "jakarta.faces.partial.render=$render" \
        ${event:+--data-urlencode "jakarta.faces.behavior.event=$event" --data-urlencode "jakarta.faces.partial.event=$event"} \
        --data-urlencode "$form=$form" "${args[@]}" --data-urlencode "jakarta.faces.ViewState=$FACES_STATE" \
        ${FACES_NONCE:+--data-urlencode "primefaces.nonce=$FACES_NONCE"} "$APP_URL/$page"
}
