#!/usr/bin/python3
"""A stand-in for xdg-desktop-portal's Background portal on a test bus:
answers RequestBackground as if the user allowed it, and writes one line
per request to the file given as argument:
    RequestBackground autostart=<True|False> commandline=<words>
"""
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
bus = dbus.SessionBus()
log = open(sys.argv[1], 'a', buffering=1)


class Request(dbus.service.Object):
    @dbus.service.signal('org.freedesktop.portal.Request', signature='ua{sv}')
    def Response(self, response, results):
        pass


class Portal(dbus.service.Object):
    @dbus.service.method('org.freedesktop.portal.Background', in_signature='sa{sv}',
                         out_signature='o', sender_keyword='sender')
    def RequestBackground(self, parent_window, options, sender):
        token = str(options.get('handle_token', 'token'))
        path = '/org/freedesktop/portal/desktop/request/%s/%s' % (
            sender[1:].replace('.', '_'), token)
        autostart = bool(options.get('autostart', False))
        words = ' '.join(str(w) for w in options.get('commandline', []))
        log.write('RequestBackground autostart=%s commandline=%s\n' % (autostart, words))
        request = Request(bus, path)

        def respond():
            request.Response(dbus.UInt32(0), {'background': True, 'autostart': autostart})
            return False

        GLib.idle_add(respond)
        return dbus.ObjectPath(path)

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature='ss', out_signature='v')
    def Get(self, interface, name):
        return dbus.UInt32(1, variant_level=1)


name = dbus.service.BusName('org.freedesktop.portal.Desktop', bus)
Portal(bus, '/org/freedesktop/portal/desktop')
GLib.MainLoop().run()
